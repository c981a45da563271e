/** Reads a whole SSE response into its data payloads and comment lines (test helper). */
export interface SseTranscript {
  data: string[];
  comments: string[];
}

export async function readSse(res: Response): Promise<SseTranscript> {
  const text = await res.text();
  const data: string[] = [];
  const comments: string[] = [];
  for (const event of text.split('\n\n')) {
    for (const line of event.split('\n')) {
      if (line.startsWith('data: ')) data.push(line.slice(6));
      else if (line.startsWith(':')) comments.push(line);
    }
  }
  return { data, comments };
}
