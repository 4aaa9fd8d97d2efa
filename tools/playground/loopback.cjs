'use strict';
// Preloaded into the M365 Agents Playground (NODE_OPTIONS="--require .../loopback.cjs").
// Why: the Playground calls server.listen(port) with no host, so Node binds every interface
// ([::] and 0.0.0.0) and anyone on the network could drive the bot as the mocked user and read
// its replies. This forces every TCP listen without a host, or with a wildcard host, onto
// 127.0.0.1. Explicit hosts, pipes and inherited handles are left alone. http and https servers
// inherit net.Server.prototype.listen, so patching it once covers them all.
const net = require('node:net');

const LOOPBACK = '127.0.0.1';
const WILDCARD_HOSTS = new Set(['', '0.0.0.0', '::', '::0', '[::]', '0:0:0:0:0:0:0:0']);

const isWildcard = (host) => host === undefined || host === null || WILDCARD_HOSTS.has(host);
const isPortLike = (value) =>
  typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value));

function toLoopback(args) {
  const [first] = args;
  if (args.length === 0 || first === undefined || first === null || typeof first === 'function') {
    // listen() or listen(callback): a random port on every interface.
    return [0, LOOPBACK, ...args.filter((a) => typeof a === 'function')];
  }
  if (isPortLike(first)) {
    // listen(port[, host][, backlog][, callback])
    const [, second, ...rest] = args;
    if (typeof second === 'string' || second === undefined || second === null) {
      return isWildcard(second) ? [first, LOOPBACK, ...rest] : args;
    }
    return [first, LOOPBACK, second, ...rest]; // second is the backlog or the callback
  }
  if (typeof first === 'object' && !('path' in first) && !('fd' in first) && !('handle' in first) && !('_handle' in first)) {
    // listen(options[, callback])
    return isWildcard(first.host) ? [{ ...first, host: LOOPBACK }, ...args.slice(1)] : args;
  }
  return args; // a pipe path or a handle: not a TCP port
}

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  return originalListen.apply(this, toLoopback(args));
};
