/** A button that opens the phone's camera (or a file picker on a desk) and hands over the photo taken. */
export function PhotoCapture({ label, busy, testId, onPhoto }: { label: string; busy: boolean; testId: string; onPhoto: (file: File) => void }) {
  return (
    <label className="button photo-capture">
      {label}
      <input
        type="file" accept="image/*" capture="environment" hidden disabled={busy} data-testid={testId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) onPhoto(file);
        }}
      />
    </label>
  );
}
