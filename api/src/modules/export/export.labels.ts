import { defineLabels } from '../../common/labels/catalogue';

export const EXPORT_LABELS = defineLabels({
  types: {
    ExportRun: {
      name: { zh: '导出', en: 'export' },
      plural: { zh: '导出', en: 'exports' },
      fields: {
        format: { zh: '格式', en: 'Format' },
        status: { zh: '状态', en: 'Status' },
        title: { zh: '内容', en: 'Contents' },
        fileName: { zh: '文件名', en: 'File name' },
        total: { zh: '总行数', en: 'Rows' },
        rowsDone: { zh: '已导出', en: 'Rows written' },
        error: { zh: '错误', en: 'Error' },
        query: { zh: '查询', en: 'Query' },
        savedQueryId: { zh: '已保存的查询', en: 'Saved query' },
        list: { zh: '列表', en: 'List' },
        filter: { zh: '筛选', en: 'Filter' },
        sortField: { zh: '排序字段', en: 'Sort field' },
        sortOrder: { zh: '排序方向', en: 'Sort order' },
        delivery: { zh: '方式', en: 'Delivery' },
        background: { zh: '后台导出', en: 'Background' },
        expiresAt: { zh: '文件保留至', en: 'File kept until' },
      },
    },
  },
  enums: {
    ExportFormat: {
      CSV: { zh: 'CSV（Excel 可直接打开）', en: 'CSV (opens in Excel)' },
      XLSX: { zh: 'Excel 工作簿（XLSX）', en: 'Excel workbook (XLSX)' },
    },
    ExportDelivery: {
      STREAM: { zh: '直接下载', en: 'Download as written' },
      BACKGROUND: { zh: '后台导出', en: 'Background job' },
      AUTO: { zh: '按行数自动选择', en: 'By row count' },
    },
    ExportStatus: {
      QUEUED: { zh: '排队中', en: 'Queued' },
      PENDING: { zh: '等待下载', en: 'Waiting for the download' },
      RUNNING: { zh: '正在导出', en: 'Exporting' },
      DONE: { zh: '已完成', en: 'Done' },
      FAILED: { zh: '失败', en: 'Failed' },
    },
  },
  texts: {
    'export.yes': { zh: '是', en: 'yes' },
    'export.no': { zh: '否', en: 'no' },
    'export.oneSource': { zh: '导出内容只能是查询、已保存的查询或列表中的一种', en: 'give exactly one of query, savedQueryId or list' },
    'export.notList': { zh: '这个列表不能导出', en: 'this list cannot be exported' },
    'export.used': { zh: '该导出已下载过或已失败：请重新导出', en: 'this export was downloaded already or failed: start it again' },
    'export.expired': { zh: '导出链接已过期（10 分钟）：请重新导出', en: 'the export link has expired (10 minutes): start it again' },
    'export.tooMany': { zh: '最多导出 {limit} 行：请缩小范围', en: 'at most {limit} rows can be exported: narrow the query' },
    'export.notReady': { zh: '导出尚未完成：请稍后再下载', en: 'the export is not finished yet: download it later' },
    'export.fileExpired': { zh: '导出文件已过期并已删除：请重新导出', en: 'the export file has expired and was deleted: start it again' },
    'export.actorGone': { zh: '发起导出的用户已停用或密钥已吊销', en: 'the user who started the export is inactive, or the key was revoked' },
    'export.disconnected': { zh: '下载中断（连接已关闭）', en: 'the download was interrupted (the connection closed)' },
  },
});
