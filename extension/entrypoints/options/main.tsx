import { mount } from '../../lib/ui/mount.tsx';
import { OptionsApp } from './OptionsApp.tsx';

mount(<OptionsApp />);
