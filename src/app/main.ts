import './planmap-app';
