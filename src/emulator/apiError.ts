/**
 * ClickUp's error answer: a status plus `{err, ECODE}`. Routes throw these;
 * the server turns them into responses.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly err: string,
    readonly ecode: string,
  ) {
    super(`${status} ${ecode}: ${err}`);
    this.name = 'ApiError';
  }

  toBody(): { err: string; ECODE: string } {
    return { err: this.err, ECODE: this.ecode };
  }
}

/** The real service answers a missing goal or key result with this 401, not a 404. */
export function objectNotFound(): ApiError {
  return new ApiError(401, 'Oauth token not found', 'OAUTH_018');
}

export function teamNotAuthorized(): ApiError {
  return new ApiError(401, 'Team(s) not authorized', 'OAUTH_027');
}

export function teamNotFound(): ApiError {
  return new ApiError(404, 'Workspace not found', 'SHARD_031');
}

/**
 * 400 codes the emulator uses (ClickUp's own INPUT_* numbering is not documented):
 * 001 body not a JSON object, 002 name, 003 dates, 004 owners, 005 key result type,
 * 006 steps not numeric, 007 steps_start equals steps_end, 008 other field of the wrong
 * type, 009 progress of an automatic key result cannot be set by hand.
 */
export function badInput(code: number, message: string): ApiError {
  return new ApiError(400, message, `INPUT_${String(code).padStart(3, '0')}`);
}
