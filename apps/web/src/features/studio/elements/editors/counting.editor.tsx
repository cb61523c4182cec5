import { ADJUSTED_WORKDAYS_LABEL, EVENT_DAY_LABEL, HOLIDAY_END_LABEL, RETURNED_CLOCK_LABEL } from '@banfa/policy-model';
import { Alert } from 'antd';
import { useStudioDraft } from '../../studio-draft.context';
import { labelled, settingChoices } from '../fields/document-options';
import { MultiSelectField, SelectField } from '../fields/select.field';

/**
 * How periods are counted where the text is silent (民法典 第二百零一至二百零三条): each convention is a setting of
 * the document, applied to every period the runtime computes; left empty, the civil code's reading applies.
 */
export function CountingEditor() {
  const draft = useStudioDraft();
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message="办法未规定的计算方法，默认按民法典：事件当日不计入、自次日起算（第二百零一条）；工作日按国务院公布的法定节假日和调休计算；按日、按月计算的期间末日为休息日的，顺延至其后第一个工作日（第二百零三条）。下列各项可按本办法的解读改变，适用于所有期限。"
      />
      <SelectField path={['counting', 'eventDay']} label="事件当日" options={labelled(EVENT_DAY_LABEL)} optional placeholder="不计入，自次日起算（默认）" extra="计入时，事件当日为第1日（按工作日计的期限，当日须为工作日）" />
      <SelectField path={['counting', 'adjustedWorkdays']} label="调休上班日" options={labelled(ADJUSTED_WORKDAYS_LABEL)} optional placeholder="计为工作日（默认）" extra="国务院调休安排中上班的周六、周日，是否算作工作日" />
      <SelectField path={['counting', 'holidayEnd']} label="末日为节假日" options={labelled(HOLIDAY_END_LABEL)} optional placeholder="顺延至下一个工作日（默认）" extra="按日或按月计算的期限、季度末等固定日期，最后一日是休息日时；报送义务可另行规定" />
      <SelectField path={['counting', 'returnedClock']} label="补正后计时" options={labelled(RETURNED_CLOCK_LABEL)} optional placeholder="自重新提交起重新计算（默认）" />
      <MultiSelectField path={['counting', 'settings']} label="依据的歧义设置" options={settingChoices(draft.data)} optional />
    </>
  );
}
