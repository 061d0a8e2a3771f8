/** `?overdue=true|false|1|0` as a boolean for class-transformer's @Transform; anything else is left for the validator to refuse. */
export function toBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true' || value === '1' || value === true) return true;
  if (value === 'false' || value === '0' || value === false) return false;
  return value;
}
