/** `?topic=` of the news and projects pages: a non-empty string, trimmed, or nothing. */
export const validateTopicSearch = (raw: Record<string, unknown>): { topic?: string } =>
  typeof raw.topic === 'string' && raw.topic.trim() !== '' ? { topic: raw.topic.trim() } : {};
