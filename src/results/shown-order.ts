import { replayOptions, startSession } from '../engine/session.ts';
import type { Transcript } from '../engine/types.ts';
import type { Scenario } from '../scenario/schema.ts';

/*
 * The order the choices were on screen before each event of a play. A transcript records only the
 * seed and the ordering rule; the file records what they gave, so an edited seed, rule or order
 * shows up as a difference when the gradebook works the orders out again.
 */

export type ShownOrders =
  | { ok: true; orders: string[][] }
  /** The event at `index` could not be sent; the orders before it are in `orders`. */
  | { ok: false; orders: string[][]; index: number; message: string };

export function shownOrders(scenario: Scenario, transcript: Transcript): ShownOrders {
  const orders: string[][] = [];
  try {
    const session = startSession({ scenario, ...replayOptions(transcript) });
    for (const [index, event] of transcript.events.entries()) {
      orders.push(session.view().choices.map((choice) => choice.id));
      try {
        session.send(event);
      } catch (error) {
        return {
          ok: false,
          orders,
          index,
          message: error instanceof Error ? error.message : String(error),
        };
      }
    }
  } catch (error) {
    return {
      ok: false,
      orders,
      index: 0,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  return { ok: true, orders };
}
