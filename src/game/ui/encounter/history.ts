/** What was said so far in this play, for the chat window and "the conversation so far". */
export interface HistoryEntry {
  who: 'customer' | 'learner' | 'colleague' | 'note';
  name: string;
  text: string;
}
