import { Controller, Get, Header, Param, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentViewer } from '../auth/current-viewer.decorator';
import { Roles } from '../auth/roles.decorator';
import type { Viewer } from '../auth/viewer';
import { AppError, AppErrorCode } from '../common/app-error';
import { HttpErrorFilter } from '../common/http-exception.filter';
import { CONTENT_TYPES, EXPORT_FORMATS, type ExportFormat } from './export-formats';
import { ExportService } from './export.service';

const GAME_ID = /^[0-9a-f-]{36}$/;

/** GET /games/:id/scoreboard.csv|.xlsx|.json for graders and instructors. */
@Controller('games')
@UseFilters(HttpErrorFilter)
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get(':id/scoreboard.:format')
  @Roles('GRADER', 'INSTRUCTOR')
  @Header('Cache-Control', 'no-store')
  async scoreboard(
    @CurrentViewer() viewer: Viewer,
    @Param('id') id: string,
    @Param('format') format: string,
    @Res() res: Response,
  ): Promise<void> {
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new AppError(
        AppErrorCode.BAD_INPUT,
        `unknown export format "${format.slice(0, 20)}"; use csv, xlsx or json`,
        { field: 'format' },
      );
    }
    if (!GAME_ID.test(id)) throw new AppError(AppErrorCode.NOT_FOUND, 'game not found');
    const body = await this.exports.export(viewer, id, format as ExportFormat);
    res.setHeader('Content-Type', CONTENT_TYPES[format as ExportFormat]);
    res.setHeader('Content-Disposition', `attachment; filename="scoreboard-${id}.${format}"`);
    res.send(body);
  }
}
