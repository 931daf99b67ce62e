import { mount } from '../../lib/ui/mount.tsx';
import './pipeline.css';
import { PipelineApp } from './PipelineApp.tsx';

mount(<PipelineApp />);
