// `timers` for a browser bundle. xml2js's `async` mode (used when a feed is parsed on the main thread) slices its
// parse with setImmediate; a MessageChannel task yields to the page the same way, where setTimeout(0) would be
// clamped to 4 ms per slice after a few rounds.
const queue = [];
let port;

function run() {
  const [fn, args] = queue.shift();
  fn(...args);
}

exports.setImmediate = function setImmediate(fn, ...args) {
  if (typeof MessageChannel === 'undefined') return setTimeout(fn, 0, ...args);
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = run;
    port = channel.port2;
  }
  queue.push([fn, args]);
  port.postMessage(null);
};
