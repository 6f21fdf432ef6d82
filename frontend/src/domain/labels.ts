/** English labels for the vocabulary's lowercase values (a later issue adds translations). */
const LABELS: Record<string, string> = {
  in_progress: 'In progress',
  out_of_service: 'Out of service',
  road_accidents: 'Road accidents',
  critical_site: 'Critical site',
  control_centre: 'Control centre',
  splice_closure: 'Splice closure',
  fixed_bullet: 'Fixed bullet',
  fixed_dome: 'Fixed dome',
  ptz: 'PTZ',
  utility_supply: 'Utility supply',
  street_lighting_circuit: 'Street-lighting circuit',
  street_light: 'Street light',
  utility_pole: 'Utility pole',
  camera_pole: 'Camera pole',
  wall_mount: 'Wall mount',
  underground_duct: 'Underground duct',
};

export function labelOf(value: string | null | undefined): string {
  if (!value) return '—';
  return LABELS[value] ?? value.charAt(0).toUpperCase() + value.slice(1).replaceAll('_', ' ');
}
