/** The control centre's URL: the same page with ?view=control (a wall screen opens it on its own). */
export const CONTROL_CENTRE_HREF = '?view=control';
export const isControlCentreUrl = (search: string): boolean => new URLSearchParams(search).get('view') === 'control';
