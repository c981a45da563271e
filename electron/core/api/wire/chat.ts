import { array, looseObject, nullish, optional, string, unknown } from 'zod/mini';

/** A `chat.completion` (or chunk): the accumulator reads the details leniently. */
export const ChatCompletionWire = looseObject({
  model: nullish(string()),
  choices: array(unknown()),
  usage: optional(unknown()),
});
