import { mount } from '../../lib/ui/mount.tsx';
import { PopupApp } from './PopupApp.tsx';

mount(<PopupApp />);
