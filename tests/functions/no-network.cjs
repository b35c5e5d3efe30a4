// Preloaded into a child process that must not touch the network: any socket or DNS lookup throws.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, run by node --require */
const net = require('node:net');
const dns = require('node:dns');
const refuse = () => {
  throw new Error('network access in a no-network run');
};
net.Socket.prototype.connect = refuse;
dns.lookup = refuse;
