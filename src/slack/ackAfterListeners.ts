import type { App, Receiver, ReceiverEvent } from "@slack/bolt";

/**
 * Holds every ack until the listeners have returned. Bolt acks an event before any listener runs, so a
 * crash between that ack and the listener's job record would lose the event: Slack never resends what was
 * acknowledged. Behind this, a listener's `ack()` (or Bolt's automatic one) only notes the response; it is
 * sent once the listeners are done, that is once the job is recorded. Listeners only record and ack, so the
 * hold costs what the record costs. A listener that throws leaves the delivery unacknowledged (the receiver
 * answers an error; Slack retries events).
 */
export function ackAfterListeners<R extends Receiver>(receiver: R): R {
  const init = receiver.init.bind(receiver);
  receiver.init = (app: App) => {
    const processEvent = app.processEvent.bind(app);
    // The receivers call only processEvent on the app they are given.
    const facade = Object.create(app, {
      processEvent: {
        value: async (event: ReceiverEvent) => {
          let acked = false;
          let response: unknown;
          await processEvent({
            ...event,
            ack: async (body?: unknown) => {
              if (acked) return;
              acked = true;
              response = body;
            },
          });
          if (acked) await event.ack(response as Parameters<ReceiverEvent["ack"]>[0]);
        },
      },
    }) as App;
    init(facade);
  };
  return receiver;
}
