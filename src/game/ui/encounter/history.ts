/** What was said so far in this play, for the chat window and "the conversation so far". */
export interface HistoryEntry {
  who: 'customer' | 'learner' | 'colleague' | 'note';
  name: string;
  text: string;
  /**
   * False for what the learner did away from the customer (opened records, filled in the log,
   * chose whom to involve): it belongs in the summary, not in a chat window's messages.
   */
  toCustomer?: boolean;
}
