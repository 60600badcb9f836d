'use server';

import { createDepartment, updateDepartment } from '@/lib/departments/departments';
import { addSettingAction, saveSettingAction } from '../setting-actions';

export const addDepartmentAction = addSettingAction('/admin/departments', createDepartment);
export const saveDepartmentAction = saveSettingAction('/admin/departments', updateDepartment);
