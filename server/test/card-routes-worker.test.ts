// The same card and builder route tests on the Workers script, run by Miniflare in workerd on 127.0.0.1.
import { cardRouteSuite } from './support/card-route-suite.js';
import { startWorker } from './support/targets.js';

cardRouteSuite('Workers (Miniflare)', startWorker);
