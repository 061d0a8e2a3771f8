import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldError } from './domain-errors';

/** Dutch messages for the class-validator constraints we use; unknown ones keep the library's English text. */
const DUTCH: Record<string, (constraint: string) => string> = {
  isNotEmpty: () => 'is verplicht',
  isDefined: () => 'is verplicht',
  isString: () => 'moet tekst zijn',
  isInt: () => 'moet een geheel getal zijn',
  isNumber: () => 'moet een getal zijn',
  isBoolean: () => 'moet true of false zijn',
  isArray: () => 'moet een lijst zijn',
  arrayNotEmpty: () => 'mag niet leeg zijn',
  arrayMinSize: (c) => c.replace(/.*at least (\d+).*/, 'moet minstens $1 element(en) bevatten'),
  isDateString: () => 'moet een datum zijn in de vorm JJJJ-MM-DD',
  isIsoDate: () => 'moet een geldige datum zijn in de vorm JJJJ-MM-DD',
  isIso8601: () => 'moet een geldige datum zijn in de vorm JJJJ-MM-DD',
  isIn: (c) => c.replace(/.*one of the following values: (.*)$/, 'moet een van deze waarden zijn: $1'),
  isEnum: (c) => c.replace(/.*one of the following values: (.*)$/, 'moet een van deze waarden zijn: $1'),
  min: (c) => c.replace(/.*not be less than (.*)$/, 'mag niet kleiner zijn dan $1'),
  max: (c) => c.replace(/.*not be greater than (.*)$/, 'mag niet groter zijn dan $1'),
  maxLength: (c) => c.replace(/.*shorter than or equal to (\d+).*/, 'mag hoogstens $1 tekens lang zijn'),
  minLength: (c) => c.replace(/.*longer than or equal to (\d+).*/, 'moet minstens $1 tekens lang zijn'),
  isEmail: () => 'moet een geldig e-mailadres zijn',
  isUrl: () => 'moet een geldige URL zijn',
  matches: () => 'heeft niet de juiste vorm',
  whitelistValidation: () => 'is geen bekend veld',
  isNumberString: () => 'moet een getal zijn',
};

/** Flattens class-validator errors to `{ path, message }` with dotted paths (`questions.0.number`). */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    for (const [name, text] of Object.entries(error.constraints ?? {})) {
      // Library defaults start with the property name; a decorator's own message is kept as written.
      const isLibraryDefault = text.startsWith(`${error.property} `) || text.startsWith('property ');
      const translate = DUTCH[name];
      result.push({ path, message: isLibraryDefault && translate ? translate(text) : text });
    }
    if (error.children && error.children.length > 0) result.push(...flattenValidationErrors(error.children, path));
  }
  return result;
}

/** Thrown by the global ValidationPipe; the problem filter turns it into 400 problem+json with `errors`. */
export class RequestValidationException extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super('De invoer is niet geldig.');
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new RequestValidationException(flattenValidationErrors(errors)),
  });
}
