// The toast is part of the design system (extension/lib/ui); this path stays for existing imports.
export { Toast, type ToastState } from '../lib/ui/Toast.tsx';
