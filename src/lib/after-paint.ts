/**
 * Runs `work` once the browser has painted the current frame (the next animation frame, then a
 * task after it), so what the person asked for shows before slower follow-up work such as the
 * map's. Returns a cancel function for an effect's cleanup: rapid changes then coalesce, only the
 * latest schedule runs.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
