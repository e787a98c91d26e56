/**
 * Gives the browser a turn (input, paint) before going on: resolves in a task of its own, so
 * work split with it never adds up to one long task.
 */
export const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    if (typeof MessageChannel === 'function') {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    } else setTimeout(resolve, 0);
  });
