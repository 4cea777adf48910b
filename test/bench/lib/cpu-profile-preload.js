// Preloaded into PostGraphile (NODE_OPTIONS=--require …) when it is profiled: node 20 refuses
// --cpu-prof in NODE_OPTIONS, so the preload runs V8's sampling profiler through the inspector,
// as --cpu-prof does, and writes the .cpuprofile into $BENCH_CPU_PROF_DIR when SIGTERM or SIGINT
// arrives (PostGraphile's CLI has no handler of its own), then exits.
'use strict';
const fs = require('fs');
const path = require('path');
const { Session } = require('inspector');

const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable', () => {
    session.post('Profiler.setSamplingInterval', { interval: 1000 }, () => {
      session.post('Profiler.start');
    });
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    session.post('Profiler.stop', (err, result) => {
      if (!err && result && result.profile) {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, `CPU.${process.pid}.cpuprofile`), JSON.stringify(result.profile));
      }
      process.exit(0);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
