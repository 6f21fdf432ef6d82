import { createUnionType } from '@nestjs/graphql';
import { NetworkNode } from '../network-nodes/network-node.entity';
import { Pole } from '../poles/pole.entity';
import { Camera } from '../cameras/camera.entity';
import { PowerSource } from '../power-sources/power-source.entity';

/** Whatever a fiber run or power feed ends at. */
export const NetworkEndpoint = createUnionType({
  name: 'NetworkEndpoint',
  description: 'A network node, pole, camera or power source at the end of a cable.',
  types: () => [NetworkNode, Pole, Camera, PowerSource] as const,
  resolveType(value) {
    if (value instanceof NetworkNode) return NetworkNode;
    if (value instanceof Pole) return Pole;
    if (value instanceof Camera) return Camera;
    return PowerSource;
  },
});
