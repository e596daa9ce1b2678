/** A queue that runs at most `concurrency` jobs at a time, in the order they were added. */

/** Creates a queue whose jobs are run by `run(item)`; `add(item)` resolves or rejects with that job. */
export function createQueue({ run, concurrency = 3 }) {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError('concurrency must be a positive integer');
  }
  const waiting = [];
  let active = 0;

  function pump() {
    while (active < concurrency && waiting.length > 0) {
      const job = waiting.shift();
      active += 1;
      Promise.resolve()
        .then(() => run(job.item))
        .then(job.resolve, job.reject)
        .finally(() => {
          active -= 1;
          pump();
        });
    }
  }

  return {
    add(item) {
      return new Promise((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        pump();
      });
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
