// Preload of the promptgate window (sandboxed, context-isolated): exposes the typed bridge and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { bridgeName, createDesktopBridge, type Invoke } from './desktop-bridge';

const invoke: Invoke = (channel, request) => ipcRenderer.invoke(channel, request);

contextBridge.exposeInMainWorld(bridgeName, createDesktopBridge(invoke, process.argv));
