import { describe, expect, it } from 'vitest';
import { chatBody } from '../../../../electron/core/chat/chat-body.js';

describe('chatBody', () => {
  it('maps options and image parts to the OpenAI wire format, asking for usage when streaming', () => {
    const body = chatBody(
      {
        model: 'gpt-5',
        maxTokens: 100,
        temperature: 0.2,
        reasoningEffort: 'low',
        messages: [
          { role: 'system', content: 'be brief' },
          {
            role: 'user',
            content: [
              { type: 'text', text: 'what is this?' },
              { type: 'image_url', imageUrl: 'data:image/png;base64,AAA' },
            ],
          },
        ],
      },
      true,
    );
    expect(body).toEqual({
      model: 'gpt-5',
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 100,
      temperature: 0.2,
      reasoning_effort: 'low',
      messages: [
        { role: 'system', content: 'be brief' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'what is this?' },
            { type: 'image_url', image_url: { url: 'data:image/png;base64,AAA' } },
          ],
        },
      ],
    });
  });

  it('sends no stream options and no unset fields for a plain request', () => {
    expect(chatBody({ model: 'm', messages: [] }, false)).toEqual({
      model: 'm',
      messages: [],
      stream: false,
    });
  });
});
