// The email card's and the builder's routes on the Node server, on 127.0.0.1.
import { cardRouteSuite } from './support/card-route-suite.js';
import { startNode } from './support/targets.js';

cardRouteSuite('Node', startNode);
