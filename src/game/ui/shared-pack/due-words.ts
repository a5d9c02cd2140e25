/** "Due 1 March 2027" for a pack's yyyy-mm-dd due date; '' for none or a date that is no date. */
export function dueWords(dueDate: string | undefined): string {
  if (dueDate === undefined) return '';
  const date = new Date(`${dueDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return `Due ${date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`;
}
