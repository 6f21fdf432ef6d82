/**
 * The shared vocabulary (statuses, kinds, categories), read from the backend's pure domain file so the
 * map uses exactly the values the API accepts and returns. It imports nothing.
 */
export * from '../../../backend/src/core/domain';
