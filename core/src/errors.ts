import type { z } from 'zod';
import type { MessageKey } from './i18n/fr';

/** A failure the caller can understand: a stable catalog key, translated at the edge. */
export class DomainError extends Error {
  constructor(
    readonly code: MessageKey,
    readonly status: number,
  ) {
    super(code);
  }
}

export class NotFoundError extends DomainError {
  constructor() {
    super('error.notFound', 404);
  }
}

export class ForbiddenError extends DomainError {
  constructor() {
    super('error.forbidden', 403);
  }
}

/** Input rejected by a schema; carries the zod issues so the edge can translate them per field. */
export class ValidationError extends DomainError {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('error.validation', 400);
  }
}

export class PreconditionRequiredError extends DomainError {
  constructor() {
    super('error.preconditionRequired', 428);
  }
}

/** A write lost an optimistic-concurrency race; `current` is what is stored now. */
export class ConflictError<T> extends DomainError {
  constructor(readonly current: T) {
    super('error.conflict', 412);
  }
}
