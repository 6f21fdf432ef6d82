/** Test photos: real images with EXIF time and GPS, made by the backend's generator (also used by the Fès demo). */
export { generatedPhoto as testPhoto, type GeneratedPhotoOptions as TestPhotoOptions } from '../../backend/src/evidence/generated-photo';
