import { expect } from "vitest";
import { BriefError } from "../../src/domain/errors";

/** The BriefError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function briefErrorOf(promise: Promise<unknown>): Promise<BriefError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BriefError);
  return error as BriefError;
}
