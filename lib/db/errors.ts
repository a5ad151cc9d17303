/** Thrown by repositories; the router turns them into typed error replies. */
export class StoreError extends Error {
  constructor(
    readonly code: 'not-found' | 'conflict',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
