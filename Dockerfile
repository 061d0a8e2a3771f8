# Production image: builds with dev dependencies, runs with production ones.
# Untested here (no container engine on the development machines); see README.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN npx nest build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts
COPY --from=build /app/dist ./dist
COPY templates ./templates
COPY public ./public
COPY demo ./demo
USER node
EXPOSE 3000
CMD ["node", "--heap-growing-percent=20", "dist/src/main.js"]
