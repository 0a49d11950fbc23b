import { sqliteConfigFor } from '../sqlite-config';

export default sqliteConfigFor('social-services');
