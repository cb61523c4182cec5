import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOkResponse({ description: '服务与数据库状态' })
  async health(): Promise<{ status: 'ok'; database: string; migrations: string[] }> {
    await this.dataSource.query('SELECT 1');
    const migrations = await this.dataSource.query('SELECT name FROM migrations ORDER BY id');
    return {
      status: 'ok',
      database: this.dataSource.options.type,
      migrations: (migrations as Array<{ name: string }>).map((row) => row.name),
    };
  }
}
