/** Random id for records; crypto.randomUUID exists in workers, extension pages and content scripts. */
export function newId(): string {
  return crypto.randomUUID();
}
