import { mount } from '../../lib/ui/mount.tsx';
import { JobPage } from './JobPage.tsx';
import './job.css';

mount(<JobPage params={new URLSearchParams(location.search)} />);
