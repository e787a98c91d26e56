/** `?topic=` of the news and projects pages: a non-empty string, trimmed, or nothing (repeated: the last). */
export const validateTopicSearch = (raw: Record<string, unknown>): { topic?: string } => {
  const topic: unknown = Array.isArray(raw.topic) ? raw.topic.at(-1) : raw.topic;
  return typeof topic === 'string' && topic.trim() !== '' ? { topic: topic.trim() } : {};
};
