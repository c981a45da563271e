import { z } from 'zod';

/** A `chat.completion` (or chunk): the accumulator reads the details leniently. */
export const ChatCompletionWire = z.looseObject({
  model: z.string().nullish(),
  choices: z.array(z.unknown()),
  usage: z.unknown().optional(),
});
