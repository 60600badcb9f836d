// React aborts each finished render's cache signal with a fresh Error. V8 keeps an Error's stack as
// live call frames until someone reads `.stack`, and one of those frames is the setImmediate entry
// React was running in — which Node leaves linked to the other entries of its batch, each carrying
// its own request's state. So every finished render held the next ones: a heap snapshot after a
// minute of page loads found 1,548 finished responses reachable along that chain (~100 MB, and the
// reason the server's heap grew to ~1 GB under load). Formatting the reason's stack when the abort
// happens turns the frames into a string and lets each request go when it ends.
const PATCHED = Symbol.for('dd.abortReasonsFormatted');

export function formatAbortReasons() {
  const proto = AbortController.prototype as AbortController & { [PATCHED]?: true };
  if (proto[PATCHED]) return;
  const abort = proto.abort;
  proto.abort = function (this: AbortController, reason?: unknown) {
    if (reason instanceof Error) void reason.stack;
    return abort.call(this, reason);
  };
  proto[PATCHED] = true;
}
