import { mount } from '../../lib/ui/mount.tsx';
import { AnalyticsApp } from './AnalyticsApp.tsx';
import './analytics.css';

mount(<AnalyticsApp />);
