import Ajv, { ValidateFunction } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Validation against the OParl 1.1 JSON Schemas (test/fixtures/oparl-schema, see its NOTICE.md).
 * The schemas name the type of an embedded object with a non-standard `schema` keyword next to
 * `type: object`: read as a `$ref`, so embedded Files, Memberships and Locations are checked too.
 * On an external list's URL (`type: string`) `items.schema` names the type of the list's items.
 */
const DIR = join(__dirname, '..', 'fixtures', 'oparl-schema');

type Node = Record<string, unknown>;

function embedRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(embedRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Node = {};
  for (const [key, value] of Object.entries(node as Node)) out[key] = embedRefs(value);
  if (out.type === 'object' && typeof out.schema === 'string') {
    const ref = out.schema;
    delete out.schema;
    return { allOf: [{ $ref: ref }], description: out.description };
  }
  return out;
}

const schemas = new Map<string, Node>();
for (const file of readdirSync(DIR).filter((f) => f.endsWith('.json'))) {
  schemas.set(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Node);
}

// The schemas' patterns escape `:` and `/`, which a unicode-mode RegExp refuses.
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
ajv.addFormat('url', /^https?:\/\/[^\s/$.?#][^\s]*$/i);
ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
for (const [name, schema] of schemas) ajv.addSchema({ ...(embedRefs(schema) as Node), $id: `${name}.json` });

const validators = new Map<string, ValidateFunction>();

export const OPARL_TYPES = [...schemas.keys()];

/** The schema errors of one object, by its `type` (`https://schema.oparl.org/1.1/Paper`); [] when valid. */
export function oparlErrors(object: unknown): string[] {
  const type = (object as Node | null)?.type;
  const name = typeof type === 'string' ? /^https:\/\/schema\.oparl\.org\/1\.1\/(\w+)$/.exec(type)?.[1] : undefined;
  if (!name || !schemas.has(name)) return [`unknown type ${String(type)}`];
  let validate = validators.get(name);
  if (!validate) {
    validate = ajv.getSchema(`${name}.json`) as ValidateFunction;
    validators.set(name, validate);
  }
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${name}${e.instancePath} ${e.message}`);
}

/** For a list-valued property (`Body.paper`), the type its items have (`Paper`), from the schema's `schema` keyword. */
export function listItemType(type: string, property: string): string | null {
  const properties = schemas.get(type)?.properties as Record<string, Node> | undefined;
  const value = (properties?.[property]?.items as Node | undefined)?.schema;
  return typeof value === 'string' ? value.replace(/\.json$/, '') : null;
}
