import { mount } from '../../lib/ui/mount.tsx';
import { SidePanelApp } from './SidePanelApp.tsx';

mount(<SidePanelApp />);
