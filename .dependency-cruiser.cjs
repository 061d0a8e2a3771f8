/**
 * The architecture's rules, enforced: `npm run depcruise` (and `npm test`) fail on a violation.
 * docs/architecture.md draws the same modules and arrows; change both together.
 *
 * A module is a folder directly under src/ (src/questions, src/search, …). "Type-only" imports
 * (`import type …`) vanish at compile time; the rules below say where they still count.
 */

/** Modules the rest of the application builds on; they must not know the features built on them. */
const CORE = '(municipalities|people|documents|questions|auth|audit)';
/** Shared foundations: they import no module above them (only the pure engines). */
const FOUNDATION = '(common|config|database|mail)';
/** Server-side packages a pure engine must not touch. */
const FRAMEWORK = '^node_modules/(@nestjs|typeorm|pg|express|class-validator|class-transformer|rxjs|hbs|handlebars)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle between files makes load order matter (a class is undefined while its module is still loading). ' +
        'Break it: move the shared piece to the lower module, publish a domain event, or – for TypeORM relations – ' +
        "`import type` the entity and name the relation target as a string (@ManyToOne('QuestionSet', …)).",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment:
        'Two folders import each other (e.g. src/health ↔ src/search). Decide which one is lower and move the shared ' +
        'piece there, so the arrow points one way.',
      scope: 'folder',
      from: { path: '^src/[^/]+$' },
      to: { path: '^src/[^/]+$', circular: true, viaOnly: { path: '^src/[^/]+' } },
    },
    {
      name: 'engine-deadlines-is-pure',
      severity: 'error',
      comment:
        'src/deadlines is a pure engine: plain TypeScript in, plain values out. It imports no other src module and ' +
        'no framework (Nest, TypeORM, pg, express, validators) and no I/O (fs, http, child_process). ' +
        'Pass what it needs as arguments.',
      from: { path: '^src/deadlines/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['^src/(?!deadlines/)', FRAMEWORK, '^(node:)?(fs|http|https|net|child_process)$'] },
    },
    {
      name: 'engine-parsing-is-pure',
      severity: 'error',
      comment:
        'src/parsing is a pure engine: it may use the other pure engine (src/deadlines) and nothing else from src/, ' +
        'no framework (Nest, TypeORM, pg, express, validators). Pass what it needs as arguments.',
      from: { path: '^src/parsing/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['^src/(?!parsing/|deadlines/)', FRAMEWORK] },
    },
    {
      name: 'core-does-not-know-features',
      severity: 'error',
      comment:
        'Core modules (municipalities, people, documents, questions, auth, audit) import only each other, the ' +
        'foundation (common, config, database, mail) and the pure engines – never a feature (search, commitments, ' +
        'import, oparl, web, health, demo, cli, or any new module). To let a feature react to a core change, ' +
        'publish a typed event on the DomainEvents bus (src/common/domain-events.ts) and subscribe in the feature.',
      from: { path: `^src/${CORE}/` },
      to: { path: '^src/', pathNot: `^src/(${CORE.slice(1, -1)}|${FOUNDATION.slice(1, -1)}|deadlines|parsing)/` },
    },
    {
      name: 'foundation-does-not-know-modules',
      severity: 'error',
      comment:
        'common, config, database and mail are foundations: they may use each other and the pure engines, not the ' +
        'modules built on them. Exception: src/database/entities.ts lists every entity for TypeORM and the migration CLI.',
      from: { path: `^src/${FOUNDATION}/`, pathNot: '^src/database/entities\\.ts$' },
      to: { path: '^src/', pathNot: `^src/(${FOUNDATION.slice(1, -1)}|deadlines|parsing)/` },
    },
    {
      name: 'features-do-not-know-the-demo',
      severity: 'error',
      comment:
        'The demo (src/demo) builds on the modules; no module depends on it, so the demo can be left out. ' +
        'Only the app wiring (app.module.ts, main.ts) and the CLI (seed) may import it.',
      from: { path: '^src/', pathNot: '^src/(demo/|cli/|app\\.module\\.ts$|main\\.ts$)' },
      to: { path: '^src/demo/' },
    },
    {
      name: 'entities-stay-in-their-module',
      severity: 'error',
      comment:
        "A module reads another module's tables through that module's exported service or query functions, not " +
        'through its *.entity.ts. Allowed: entity files (TypeORM relations name the related entity), `import type` ' +
        '(the shape of a loaded relation), src/database/entities.ts (the registry). The older uses are gone: ' +
        '.dependency-cruiser-known-violations.json is empty; do not add to it.',
      from: {
        path: '^src/([^/]+)/',
        pathNot: ['\\.entity\\.ts$', '\\.entities\\.ts$', '^src/database/entities\\.ts$'],
      },
      to: {
        path: '^src/([^/]+)/.+\\.entit(y|ies)\\.ts$',
        pathNot: '^src/$1/',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'modules-do-not-import-the-app-wiring',
      severity: 'error',
      comment:
        'The files directly under src/ (app.module.ts, main.ts, bootstrap.ts, configure-app.ts) wire the modules ' +
        'together; a module importing them closes a loop through everything. Only the CLI boots the app. ' +
        'Shared constants belong in src/config or src/common (e.g. PROJECT_ROOT in src/config/project-root.ts).',
      from: { path: '^src/[^/]+/', pathNot: ['^src/cli/', '\\.spec\\.ts$'] },
      to: { path: '^src/[^/]+\\.ts$' },
    },
    {
      name: 'tests-stay-out-of-src',
      severity: 'error',
      comment: 'Production code never imports test code or test support.',
      from: { path: '^src/', pathNot: '\\.spec\\.ts$' },
      to: { path: ['^test/', '\\.spec\\.ts$'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'This import cannot be resolved: a typo, a moved file, or a package missing from package.json.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'not-to-dev-dep',
      severity: 'error',
      comment:
        'Code that ships (src/, migrations/) uses only "dependencies"; a devDependency is missing in production ' +
        '(npm ci --omit=dev). Move the package to "dependencies" or keep its use in tests/bench/scripts.',
      from: { path: '^(src|migrations)/', pathNot: '\\.spec\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
