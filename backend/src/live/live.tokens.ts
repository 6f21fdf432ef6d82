/** The live feed's PubSubEngine (LivePubSub): in memory on the embedded database, LISTEN/NOTIFY on a server. */
export const LIVE_PUBSUB = Symbol('LIVE_PUBSUB');
