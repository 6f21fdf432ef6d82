// A second process asking for the embedded database's lock (durability test): prints "locked" or why not.
import { lockDataDir } from '../../backend/src/database/embedded-postgis';

try {
  lockDataDir(process.argv[2]);
  console.log('locked');
} catch (error) {
  console.log((error as Error).message);
}
